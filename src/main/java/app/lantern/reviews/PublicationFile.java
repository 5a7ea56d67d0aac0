package app.lantern.reviews;

/** A review's published report as a stored PDF. */
record PublicationFile(String fileName, byte[] content) {
}
