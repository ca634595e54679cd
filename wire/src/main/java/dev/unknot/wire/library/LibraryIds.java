package dev.unknot.wire.library;

/** Enumerated values as the wire writes them: lower case, hyphenated ({@code each-side}, {@code lower-back}). */
final class LibraryIds {

    private LibraryIds() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
