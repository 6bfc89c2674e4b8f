/**
 * What a request parameter may hold, declared once as Bean Validation constraints that the
 * controllers' request records carry: entity ids, ISO dates, relationship types and labels (both
 * checked against the graph's {@link io.lodestone.graph.Vocabulary}), and ranges. A violation's
 * message completes a sentence about the parameter ("must be between 1 and 6, was 0."); the web
 * layer names the parameter in front of it.
 */
package io.lodestone.request;
