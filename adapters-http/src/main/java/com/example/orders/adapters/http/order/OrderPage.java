package com.example.orders.adapters.http.order;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextCursor pass it as {@code cursor} to get the next page; {@code null} on the last page
 */
record OrderPage(List<OrderResponse> items, String nextCursor) {}
