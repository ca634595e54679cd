package dev.unknot.web.account;

import com.vaadin.flow.component.HasValidation;

final class TextFieldError {

    private TextFieldError() {}

    static void show(HasValidation field, String message) {
        field.setErrorMessage(
                message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
        field.setInvalid(true);
    }
}
