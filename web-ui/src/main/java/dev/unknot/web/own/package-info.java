/** My exercises: a person's own techniques and routines, made, changed, shared and imported. */
package dev.unknot.web.own;
