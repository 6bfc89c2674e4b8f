/**
 * Errors that carry their own HTTP answer (status, problem type, title, detail). Every feature
 * may use them; the package depends on no feature, so the web layer renders any of them without
 * knowing where they come from.
 */
package io.lodestone.problem;
