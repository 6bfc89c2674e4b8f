package io.lodestone.candidates;

import java.math.BigDecimal;

/**
 * A fact proposed from one sentence of a document, before review. Offsets point into the
 * document's frozen text; {@code type} is null when no relationship type fits well enough.
 */
record Proposal(String id, String document, int sentence, String type, Proposer.End start, Proposer.End end,
                String evidence, int evidenceStart, int evidenceEnd, String date,
                BigDecimal amount, String unit, BigDecimal share, String valueText,
                double confidence, String why) {
}
