/** What every form of the web UI shares: number fields that cannot be typed wrongly, and errors shown next to their field. */
package dev.unknot.web.form;
