package app.lantern.shared;

/** A value with the words people read for it, such as an enum shown in a select or radios. */
public interface Labelled {

    String label();
}
