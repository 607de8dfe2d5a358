package fr.sessiontp.documents.rendering;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's diagnostics to the application's logging (SLF4J, logger names {@code com.openhtmltopdf.*})
 * instead of its own console handler: levels are set in application.properties like any other logger.
 */
final class Slf4jRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(message, error); // its INFO messages are timings and progress: debug for us
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }
}
