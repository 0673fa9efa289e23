/** Test helpers shared by the modules' tests: real faults for real dependencies. */
package com.example.orders.testsupport;
