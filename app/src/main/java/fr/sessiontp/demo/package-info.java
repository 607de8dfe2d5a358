/**
 * Demo data: on first start with {@code sessiontp.demo.enabled=true} and no centre in the database, creates a fictitious
 * accredited centre, two titles (TSMI and Secrétaire comptable), people, three sessions (one already held, its exam days
 * recorded through the use cases on their days) and one user per role, and keeps the generated passwords in a file that is
 * printed in the log at every start. Every person and organisation is fictitious.
 */
package fr.sessiontp.demo;
