/**
 * How every JSON document a person or client sends is read: strictly, the same in every context
 * (the API's bodies, the CLI's and the web's imports).
 */
package dev.unknot.app.json;
