/** The plugins Unknot runs, their health, and checking and installing a plugin jar. */
package dev.unknot.app.plugin;
