package fr.sessiontp.audit;

/**
 * A module's check that the records it keeps tamper-evident (signed reports…) are intact. The audit module runs every
 * such bean next to its own chain verification, on the admin page and in {@code verify-audit}, without depending on
 * the modules that provide them.
 */
public interface IntegrityCheck {

    IntegrityReport check();
}
