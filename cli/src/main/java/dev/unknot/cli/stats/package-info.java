/** {@code unknot stats}: progress, heat map, tightness trend and relief. */
package dev.unknot.cli.stats;
