/** The jobs API: how a long piece of work stands, and its result once it succeeded. */
package com.example.orders.adapters.http.job;
