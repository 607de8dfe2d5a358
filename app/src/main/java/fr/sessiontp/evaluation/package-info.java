/**
 * Evaluation and deliberation: the jury pair's grids per candidate (observation grids per épreuve, final interview
 * grid, synthesis grid, J2), the deliberation inputs (D2, X1) and the outcome derived from the synthesis grid (D3, D4,
 * D5). Deliberation data is shown to the session's jury only (D1, D9); other modules read outcomes through
 * {@link fr.sessiontp.evaluation.Evaluations}; the pair's grids and outcomes are recorded outside the pages through
 * {@link fr.sessiontp.evaluation.JuryDecisions}.
 */
package fr.sessiontp.evaluation;
