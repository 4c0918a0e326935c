def log = new File(basedir, 'build.log').text
assert log.contains('The Java schema has 4 problems:')
assert log.contains('com.example.Order.id: @Pk on a nullable member')
assert log.contains('com.example.Order.customerId: @References("customers.id") refers to the table public.customers, which no @Table class declares.')
assert log.contains('com.example.Order.extra: unsupported type')
assert log.contains('@Column(type = "jsonb")')
assert log.contains('com.example.Order: @Index(columns = "placed") names the column "placed"')
assert !log.contains('at dev.dibs.') : 'no stack trace for a user mistake'
return true
