/** Settings: the person's calendar, and exporting and importing their data. */
package dev.unknot.web.settings;
