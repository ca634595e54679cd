package dev.unknot.cli;

/**
 * Bad input found by a command once its arguments parsed, such as an unknown id: exit code 2 and
 * one line on standard error naming the problem and what to do about it.
 */
public final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem what is wrong, e.g. {@code no technique 'stretching/nope'}
     * @param remedy what to do, e.g. {@code run 'unknot techniques' to list them}
     */
    public UsageProblem(String problem, String remedy) {
        super(problem + "; " + remedy, null, false, false);
    }
}
