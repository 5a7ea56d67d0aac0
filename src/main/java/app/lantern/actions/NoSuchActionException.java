package app.lantern.actions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no such action (or no such evidence on it): answered 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchActionException extends RuntimeException {

    NoSuchActionException(long id) {
        super("No action " + id);
    }
}
