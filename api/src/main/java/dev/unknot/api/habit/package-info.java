/** {@code /api/v1/habits}, {@code /progress} and {@code /templates}: the person's habits and how they go. */
package dev.unknot.api.habit;
