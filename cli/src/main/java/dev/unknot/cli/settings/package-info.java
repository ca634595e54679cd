/** {@code unknot settings}: the person's calendar. */
package dev.unknot.cli.settings;
