/**
 * The exam days: opening (O1–O8), staff on site (S1, S4, S5, S6), jury reception and tools (J1–J3), incidents (X5),
 * attendance sheets. Public API: {@link fr.sessiontp.conduct.Conduct}.
 */
package fr.sessiontp.conduct;
