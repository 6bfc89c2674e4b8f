package io.lodestone.candidates;

import java.util.List;

/** One page of candidate facts and how many match in all. */
public record CandidatePage(long total, int offset, int limit, List<CandidateView> candidates) {
}
