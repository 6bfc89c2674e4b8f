package io.lodestone.importing;

/** Another import is running; imports never overlap. */
public class ImportInProgressException extends RuntimeException {

    ImportInProgressException() {
        super("Another import is running; try again when it has finished.");
    }
}
