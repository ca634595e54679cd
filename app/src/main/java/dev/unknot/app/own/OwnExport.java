package dev.unknot.app.own;

/**
 * A person's own techniques and routines as a data plugin file.
 *
 * @param fileName a name to save it under, e.g. {@code anna-exercises.yaml}
 * @param text the YAML document
 * @param techniques how many techniques it holds
 * @param routines how many routines it holds
 */
public record OwnExport(String fileName, String text, int techniques, int routines) {}
