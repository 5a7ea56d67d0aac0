package app.lantern.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose id is not a number (/organisations/abc) names no record: the person gets the
 * "Page not found" page, as for any other unknown record, rather than a generic 400.
 */
@ControllerAdvice
class BadRequestPages {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }
}
