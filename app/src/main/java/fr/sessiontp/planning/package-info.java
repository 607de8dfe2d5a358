/**
 * The déroulé of a session: builds the planner's problem from the session's data, runs the planner in the background
 * as a persisted job, stores and shows the result (timeline, table, French explanations with rule IDs), lets the
 * responsable pin sittings, and publishes the poster (P4) and the jury plans (P6).
 */
package fr.sessiontp.planning;
