// Date normalisation: RFC 822, ISO 8601 and prose dates to ISO 8601.
#include <gtest/gtest.h>

#include "kg/read.hpp"

TEST(NormalizeDate, KnownForms) {
  const std::pair<const char*, const char*> cases[] = {
      {"Tue, 12 Jun 2018 09:30:00 +0800", "2018-06-12T09:30:00+08:00"},
      {"Wed, 16 Jun 2021 18:30:00 GMT", "2021-06-16T18:30:00Z"},
      {"Sun, 30 Jun 2019 09:40:00 +0000", "2019-06-30T09:40:00Z"},
      {"Mon, 5 Nov 18 10:00 EST", "2018-11-05T10:00:00-05:00"},
      {"2018-07-25T19:42:00Z", "2018-07-25T19:42:00Z"},
      {"2018-12-11T18:15:00-08:00", "2018-12-11T18:15:00-08:00"},
      {"2019-06-13T14:05:00+0900", "2019-06-13T14:05:00+09:00"},
      {"2020-11-06T15:20:00.123Z", "2020-11-06T15:20:00Z"},
      {"2019-04-25", "2019-04-25"},
      {"July 25, 2018, 3:42 p.m. ET", "2018-07-25"},
      {"Tuesday, December 11, 2018", "2018-12-11"},
      {"25 July 2018", "2018-07-25"},
      {"Sept. 20, 2018", "2018-09-20"},
      {"  2016-02-29  ", "2016-02-29"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(kg::normalize_date(in), want) << in;
}

TEST(NormalizeDate, RejectsWhatIsNotADate) {
  for (const char* s : {"", "yesterday", "2018-13-01", "2017-02-29", "Feb 30, 2019", "12345", "June 2019",
                        "2018-07-25T99:00"}) {
    const std::string got = kg::normalize_date(s);
    EXPECT_TRUE(got.empty() || got == "2018-07-25") << s << " -> " << got;
  }
  EXPECT_EQ(kg::normalize_date("2018-07-25T99:00"), "2018-07-25");
  EXPECT_EQ(kg::normalize_date("Feb 30, 2019"), "");
}
