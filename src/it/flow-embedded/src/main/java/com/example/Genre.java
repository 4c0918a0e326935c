package com.example;

public enum Genre { NOVEL, POETRY }
