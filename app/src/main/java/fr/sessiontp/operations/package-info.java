/**
 * Operations: the administration commands run from the command line on the configured database, the web server
 * running or not ({@code java -jar sessiontp.jar create-admin USERNAME}, {@code backup FILE}, {@code restore FILE}).
 * Each is an {@link org.springframework.boot.ApplicationRunner} that reads {@code sessiontp.command} and sets the exit
 * status. See docs/operations.md.
 */
package fr.sessiontp.operations;
