/** {@code unknot plan}: causes and the habits that address them. */
package dev.unknot.cli.plan;
