/** Values shared by every aggregate of the context: tenants, money and the domain error base type. */
package com.example.orders.domain.shared;
