package vn.chidoan.core.features.fee;

/** Where members transfer their fees: the treasurer's account, its bank named by BIN and short name. */
record BankAccount(String bin, String bank, String number, String holder) {
}
