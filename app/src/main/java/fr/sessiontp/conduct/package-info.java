/**
 * The exam days: opening (O1–O8), staff on site (S1, S4, S5, S6), jury reception and tools (J1–J3), incidents (X5),
 * attendance sheets. Public API: {@link fr.sessiontp.conduct.Conduct},
 * and {@link fr.sessiontp.conduct.ExamDay} to record an exam day outside the pages.
 */
package fr.sessiontp.conduct;
