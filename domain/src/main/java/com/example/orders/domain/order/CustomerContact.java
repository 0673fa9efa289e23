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

  /**
   * A character of an address part: no {@code @} and no space of any kind, ASCII or Unicode (every
   * space ECMAScript's {@code \s} matches), so that this rule and the pattern of {@code
   * Customer.email} in {@code openapi.yaml} accept exactly the same addresses.
   */
  private static final String PART =
      "[^@\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";

  private static final Pattern EMAIL =
      Pattern.compile(PART + "{1,64}@" + PART + "+\\." + PART + "+");

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
