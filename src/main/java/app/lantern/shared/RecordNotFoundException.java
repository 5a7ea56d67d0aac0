package app.lantern.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such record, or one the person may not know exists (restricted records answer the same):
 * pages show "Page not found". Services throw this, never a web exception.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException() {
        super(null, null, false, false);
    }
}
