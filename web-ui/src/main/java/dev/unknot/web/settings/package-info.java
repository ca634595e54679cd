/** Settings: the person's calendar, exporting and importing their data, and their API access tokens. */
package dev.unknot.web.settings;
