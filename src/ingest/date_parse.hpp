// Month names and calendar checks shared by date normalisation and datelines.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingest {

// 1..12 for "January", "Jan", "Jan.", "Sept" (any case); 0 otherwise.
int month_from_name(std::string_view word);
bool valid_date(int year, int month, int day);
// "YYYY-MM-DD".
std::string iso_date(int year, int month, int day);

}  // namespace kg::ingest
