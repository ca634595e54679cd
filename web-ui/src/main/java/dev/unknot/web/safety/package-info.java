/** The safety screen's dialog and the dialog that urgent advice and emergencies ask to be acknowledged in. */
package dev.unknot.web.safety;
