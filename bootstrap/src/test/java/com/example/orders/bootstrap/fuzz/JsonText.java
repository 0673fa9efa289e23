package com.example.orders.bootstrap.fuzz;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree as text, with one edit at one node: the node replaced by a raw fragment (which
 * need not be valid JSON), removed, or given a sibling. Written by hand because a JSON library
 * writes only valid JSON, and the edits are the point.
 */
final class JsonText {

  /** What to do at the chosen node. */
  sealed interface Edit {}

  /** Write {@code fragment} where the node was. */
  record Replace(String fragment) implements Edit {}

  /** Leave the node out (with its name, in an object). */
  record Remove() implements Edit {}

  /**
   * Add a property {@code name} with {@code fragment} next to the node, or inside it if an object.
   */
  record AddProperty(String name, String fragment) implements Edit {}

  /** Repeat the node's property, with the same name. */
  record Duplicate() implements Edit {}

  private final int target;
  private final Edit edit;
  private final StringBuilder out = new StringBuilder();
  private int index;

  private JsonText(int target, Edit edit) {
    this.target = target;
    this.edit = edit;
  }

  /** Plain JSON. */
  static String write(JsonNode node) {
    return edited(node, -1, new Remove());
  }

  /**
   * @param target the node's position in document order, the root being 0; taken modulo the number
   *     of nodes
   */
  static String edited(JsonNode root, int target, Edit edit) {
    int nodes = count(root);
    JsonText text = new JsonText(target < 0 ? -1 : Math.floorMod(target, nodes), edit);
    if (text.target == 0 && edit instanceof Replace replace) {
      return replace.fragment();
    }
    if (text.target == 0 && edit instanceof Remove) {
      return "";
    }
    text.value(root);
    return text.out.toString();
  }

  private static int count(JsonNode node) {
    int count = 1;
    for (JsonNode child : node) {
      count += count(child);
    }
    return count;
  }

  private void value(JsonNode node) {
    boolean here = index++ == target;
    if (here && edit instanceof Replace replace) {
      out.append(replace.fragment());
      skip(node);
      return;
    }
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      if (here && edit instanceof AddProperty add) {
        out.append(HostileValues.jsonString(add.name())).append(':').append(add.fragment());
        first = false;
      }
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        boolean chosen = index == target;
        if (chosen && edit instanceof Remove) {
          index++;
          skip(property.getValue());
          continue;
        }
        int start = out.length();
        out.append(first ? "" : ",")
            .append(HostileValues.jsonString(property.getKey()))
            .append(':');
        value(property.getValue());
        if (chosen && edit instanceof Duplicate) {
          String written = out.substring(start + (first ? 0 : 1));
          out.append(',').append(written);
        }
        first = false;
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      boolean first = true;
      for (JsonNode item : node) {
        if (index == target && (edit instanceof Remove)) {
          index++;
          skip(item);
          continue;
        }
        out.append(first ? "" : ",");
        value(item);
        first = false;
      }
      out.append(']');
    } else if (node.isString()) {
      out.append(HostileValues.jsonString(node.asString()));
    } else {
      out.append(node.toString());
    }
  }

  /** Counts the nodes under one that is not written, so that positions stay in document order. */
  private void skip(JsonNode node) {
    for (JsonNode child : node) {
      index++;
      skip(child);
    }
  }
}
