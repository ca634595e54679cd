package dev.unknot.app.transfer;

/** The kinds of file an import reads, told apart by their content (the name is only a hint). */
public enum FileKind {
    /** Unknot's own JSON export: restored whole, into a person without habits. */
    UNKNOT_JSON("unknot-json", "Unknot export (JSON)"),
    /** Unknot's own CSV of check-ins: habits matched by name. */
    UNKNOT_CSV("unknot-csv", "Unknot check-ins (CSV)"),
    /** Loop Habit Tracker's full backup, an SQLite database. */
    LOOP_BACKUP("loop-backup", "Loop Habit Tracker backup (.db)"),
    /** Loop Habit Tracker's CSV export, a zip file. */
    LOOP_CSV("loop-csv", "Loop Habit Tracker CSV export (.zip)"),
    /** Check-ins from any tracker: a date, a habit name and optionally an amount and a note per row. */
    CSV("csv", "check-ins (CSV)");

    private final String id;
    private final String label;

    FileKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The kind as the API and {@code --json} name it. */
    public String id() {
        return id;
    }

    /** The kind as a person reads it. */
    public String label() {
        return label;
    }
}
