package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Text;
import java.util.regex.Pattern;

/**
 * Who ordered and how to reach them. Personal data: never log it, and erase it on request.
 *
 * @param name the customer's name, 1 to 200 characters (code points)
 * @param email the customer's e-mail address
 */
public record CustomerContact(String name, String email) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  public CustomerContact {
    InvalidValueException.require(
        name != null && !name.isBlank() && Text.length(name) <= 200 && Text.isPlain(name),
        "customer.name-invalid", "a customer name is 1 to 200 characters, without control characters");
    InvalidValueException.require(
        email != null && Text.length(email) <= 254 && EMAIL.matcher(email).matches()
            && Text.isPlain(email),
        "customer.email-invalid", "a customer e-mail is an address such as ada@example.com");
  }

  /** Masks personal data so that a record printed by accident leaks nothing. */
  @Override
  public String toString() {
    return "CustomerContact[***]";
  }
}
