package com.example.orders.bootstrap.fuzz;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Strings that match a schema's {@code pattern}: random walks through its automaton. */
final class RegexStrings {

  /** Past this length a walk stops at the first accepting state it reaches. */
  private static final int SOFT_LIMIT = 48;

  private RegexStrings() {}

  /**
   * @param pattern an ECMA-262 pattern anchored with {@code ^...$}, as the document's are, using
   *     classes, groups and quantifiers only
   */
  static Arbitrary<String> matching(String pattern) {
    String body = pattern.replaceAll("^\\^", "").replaceAll("\\$$", "");
    // '"' starts a string literal in the automaton library's syntax
    Automaton automaton = new RegExp(body.replace("\"", "\\\""), RegExp.NONE).toAutomaton();
    automaton.minimize();
    return Arbitraries.randomValue(random -> walk(automaton, random));
  }

  private static String walk(Automaton automaton, Random random) {
    StringBuilder text = new StringBuilder();
    State state = automaton.getInitialState();
    while (true) {
      List<Transition> next = state.getSortedTransitions(false);
      if (state.isAccept()
          && (next.isEmpty() || text.length() >= SOFT_LIMIT || random.nextInt(4) == 0)) {
        return text.toString();
      }
      if (next.isEmpty()) {
        throw new IllegalStateException("a dead end in the automaton of a pattern");
      }
      Transition step = next.get(random.nextInt(next.size()));
      text.append((char) (step.getMin() + random.nextInt(step.getMax() - step.getMin() + 1)));
      state = step.getDest();
    }
  }
}
