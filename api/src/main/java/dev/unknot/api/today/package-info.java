/** {@code /api/v1/today} and {@code /api/v1/advice}. */
package dev.unknot.api.today;
