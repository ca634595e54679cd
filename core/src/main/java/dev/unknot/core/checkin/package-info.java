/** Check-ins: what a person did for a habit, when, and how their back felt. */
package dev.unknot.core.checkin;
