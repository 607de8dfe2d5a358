package fr.sessiontp.people.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record does not exist, or belongs to another centre: the user gets a 404, whichever it is. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String what, long id) {
        super("No " + what + " " + id + " here");
    }
}
