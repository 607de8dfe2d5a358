/**
 * What every module shares: rule identifiers, policy decisions and refusals, French messages.
 */
package fr.sessiontp.common;
