# Builds Lodestone from this repository; docker-compose.yml runs it against Neo4j 5.26.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/lodestone-*.jar /app/lodestone.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/app/lodestone.jar"]
