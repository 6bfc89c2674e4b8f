package io.lodestone.candidates;

/** A fact of the graph with its evidence sentence: a labelled example for the proposals. */
record CuratedFact(String id, String type, String startId, String startName, String endId, String endName,
                   String evidence) {

    String startKind() {
        return Kinds.of(startId);
    }

    String endKind() {
        return Kinds.of(endId);
    }
}
